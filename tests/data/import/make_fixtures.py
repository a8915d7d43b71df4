#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the CSV import fixtures: the same small creator table in every encoding and delimiter
Chinese spreadsheets arrive in, plus a few deliberately broken files. Run it from anywhere; it
writes beside itself. tests/core/tst_csvreader.cpp expects exactly these cells."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["小红书号", "博主昵称", "粉丝数", "图文报价", "城市", "备注"]
ROWS = [
    ["95123456", "小鹿爱美妆", "1.2万", "¥2,000", "上海", '含逗号, 和"引号"'],
    ["xhs_778899", "Lily的穿搭日记", "35000", "1500元", "北京", ""],
    ["red_0001", "猫咪日常", "—", "—", "广州", "第一行\n第二行"],
]


def quote(cell, delim):
    if any(ch in cell for ch in (delim, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def table(delim, eol, final_newline=True):
    lines = [delim.join(quote(c, delim) for c in row) for row in [HEADER] + ROWS]
    return eol.join(lines) + (eol if final_newline else "")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    write("creators_utf8.csv", table(",", "\n").encode("utf-8"))
    write("creators_utf8_bom.csv", table(",", "\r\n").encode("utf-8-sig"))
    write("creators_gb18030.csv", table(",", "\r\n").encode("gb18030"))
    write("creators_utf16le.txt", b"\xff\xfe" + table("\t", "\r\n").encode("utf-16-le"))
    write("creators_utf16be.csv", b"\xfe\xff" + table(",", "\n").encode("utf-16-be"))
    write("creators_semicolon.csv", table(";", "\r\n", final_newline=False).encode("utf-8"))
    write("creators_pipe.txt", table("|", "\r").encode("utf-8"))
    # Excel on Chinese Windows: GBK, CRLF, two short lines (a naive detector calls it Latin or Greek).
    write("short_gbk.csv", "联通,备注\r\n博主,好\r\n".encode("gb18030"))
    # Structure problems: a short and a long row, then a quote opened on line 3 and never closed.
    write("wrong_cells.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n".encode("utf-8"))
    write("unterminated.csv", 'a,b\n1,2\n3,"x\ny\n4,5\n'.encode("utf-8"))
    # Blank trailing lines and a header-less file of numbers.
    write("blank_trailing.csv", "昵称,粉丝数\n小鹿,100\n\n\r\n\n".encode("utf-8"))
    write("no_header.csv", "95123456,12000,2026-03-05\n95123457,3400,2026-03-06\n".encode("utf-8"))


if __name__ == "__main__":
    main()
