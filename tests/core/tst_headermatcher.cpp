// SPDX-License-Identifier: GPL-3.0-or-later
// Header names seen in the wild (../shared/domain.md) map to the right fields; mappings survive a
// JSON round trip, presets re-apply by header name, named profiles are saved and loaded.
#include "import/ColumnMapping.h"
#include "import/HeaderMatcher.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

Q_DECLARE_METATYPE(rr::ImportField)
Q_DECLARE_METATYPE(rr::ImportKind)

class TestHeaderMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchesWildNames_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<ImportKind>("kind");
        QTest::addColumn<ImportField>("field");
        const ImportKind C = ImportKind::Creators;
        const ImportKind M = ImportKind::PostMetrics;
        struct Row { const char *name; ImportKind kind; ImportField field; };
        const Row rows[] = {
            {"小红书号", C, ImportField::Handle}, {"红书号", C, ImportField::Handle},
            {"xhs_id", C, ImportField::Handle}, {"red_id", C, ImportField::Handle}, {"handle", C, ImportField::Handle},
            {"博主昵称", C, ImportField::Nickname}, {"达人昵称", C, ImportField::Nickname}, {"昵称", C, ImportField::Nickname},
            {"nickname", C, ImportField::Nickname}, {"kol_nick_name", C, ImportField::Nickname},
            {"粉丝数", C, ImportField::Followers}, {"粉丝量", C, ImportField::Followers},
            {"followers", C, ImportField::Followers}, {"kol_fan_num", C, ImportField::Followers},
            {"follower_count", C, ImportField::Followers}, {"Follower Count", C, ImportField::Followers},
            {"  FOLLOWERS  ", C, ImportField::Followers}, {"粉丝数（万）", C, ImportField::Followers},
            {"主页链接", C, ImportField::ProfileUrl}, {"主页", C, ImportField::ProfileUrl},
            {"profile_url", C, ImportField::ProfileUrl}, {"link", C, ImportField::ProfileUrl},
            {"获赞与收藏", C, ImportField::LikesAndSaves}, {"赞藏总数", C, ImportField::LikesAndSaves},
            {"图文报价", C, ImportField::PriceImage}, {"picture_price", C, ImportField::PriceImage},
            {"图文报价(元)", C, ImportField::PriceImage},
            {"视频报价", C, ImportField::PriceVideo}, {"video_price", C, ImportField::PriceVideo},
            {"城市", C, ImportField::City}, {"所在地", C, ImportField::City}, {"location", C, ImportField::City},
            {"领域", C, ImportField::Category}, {"类目", C, ImportField::Category},
            {"内容分类", C, ImportField::Category}, {"category", C, ImportField::Category},
            {"机构", C, ImportField::Agency}, {"MCN", C, ImportField::Agency}, {"agency", C, ImportField::Agency},
            {"微信", C, ImportField::Wechat}, {"wechat", C, ImportField::Wechat}, {"WeChat", C, ImportField::Wechat},
            {"手机", C, ImportField::Phone}, {"phone", C, ImportField::Phone},
            {"邮箱", C, ImportField::Email}, {"email", C, ImportField::Email}, {"E-mail", C, ImportField::Email},
            {"备注", C, ImportField::Notes}, {"notes", C, ImportField::Notes},
            {"互动率", C, ImportField::EngagementRate}, {"标签", C, ImportField::Tags},
            {"负责人", C, ImportField::Owner}, {"语言", C, ImportField::Languages},
            {"真实姓名", C, ImportField::RealName}, {"数据日期", C, ImportField::AsOfDate},
            {"阅读", M, ImportField::Views}, {"read_num", M, ImportField::Views},
            {"曝光", M, ImportField::Impressions}, {"imp_num", M, ImportField::Impressions},
            {"点赞", M, ImportField::Likes}, {"like_num", M, ImportField::Likes},
            {"收藏", M, ImportField::Saves}, {"fav_num", M, ImportField::Saves},
            {"评论", M, ImportField::Comments}, {"cmt_num", M, ImportField::Comments},
            {"分享", M, ImportField::Shares}, {"share_num", M, ImportField::Shares},
            {"笔记链接", M, ImportField::NoteLink}, {"note_link", M, ImportField::NoteLink},
            {"发布时间", M, ImportField::PublishTime}, {"publish time", M, ImportField::PublishTime},
            {"点击", M, ImportField::Clicks}, {"来源", M, ImportField::Source},
        };
        for (const Row &r : rows)
            QTest::newRow(r.name) << QString::fromUtf8(r.name) << r.kind << r.field;
    }
    void matchesWildNames()
    {
        QFETCH(QString, header);
        QFETCH(ImportKind, kind);
        QFETCH(ImportField, field);
        const auto got = HeaderMatcher::match(header, kind);
        QVERIFY2(got.has_value(), qPrintable(header));
        QCOMPARE(ImportFieldText::key(*got), ImportFieldText::key(field));
    }

    void unknownNamesStayUnmapped()
    {
        QVERIFY(!HeaderMatcher::match(QStringLiteral("星座")).has_value());
        QVERIFY(!HeaderMatcher::match(QStringLiteral("")).has_value());
        // A metrics column is not a creator field.
        QVERIFY(!HeaderMatcher::match(QStringLiteral("阅读"), ImportKind::Creators).has_value());
    }

    void automaticMapsEachFieldOnce()
    {
        const QStringList header{QStringLiteral("昵称"), QStringLiteral("粉丝数"), QStringLiteral("粉丝量"),
                                 QStringLiteral("备注"), QStringLiteral("notes"), QStringLiteral("星座")};
        const ColumnMapping m = HeaderMatcher::automatic(header);
        QCOMPARE(m.fields.size(), 6);
        QCOMPARE(m.fields.at(0), ImportField::Nickname);
        QCOMPARE(m.fields.at(1), ImportField::Followers);
        QCOMPARE(m.fields.at(2), ImportField::Ignore); // followers already taken
        QCOMPARE(m.fields.at(3), ImportField::Notes);
        QCOMPARE(m.fields.at(4), ImportField::Notes);  // notes may repeat
        QCOMPARE(m.fields.at(5), ImportField::Ignore);
        QVERIFY(m.conflicts().isEmpty());
    }

    void guessesKind()
    {
        QCOMPARE(HeaderMatcher::guessKind({QStringLiteral("笔记链接"), QStringLiteral("阅读"), QStringLiteral("点赞")}),
                 ImportKind::PostMetrics);
        QCOMPARE(HeaderMatcher::guessKind({QStringLiteral("小红书号"), QStringLiteral("粉丝数")}), ImportKind::Creators);
    }

    void keysRoundTrip()
    {
        for (ImportKind k : {ImportKind::Creators, ImportKind::PostMetrics}) {
            for (ImportField f : ImportFieldText::fieldsFor(k)) {
                QCOMPARE(ImportFieldText::fromKey(ImportFieldText::key(f)), std::optional<ImportField>(f));
                QVERIFY(!ImportFieldText::label(f).isEmpty());
            }
        }
    }

    void jsonRoundTrip()
    {
        ColumnMapping m = HeaderMatcher::automatic({QStringLiteral("小红书号"), QStringLiteral("图文报价"),
                                                    QStringLiteral("其他")});
        m.name = QStringLiteral("我的表格 / v2");
        m.pricesInFen = true;
        m.fields[2] = ImportField::Tags;
        const QByteArray text = QJsonDocument(m.toJson()).toJson();
        QString error;
        const auto back = ColumnMapping::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, m);

        QJsonObject bad = m.toJson();
        bad.insert(QStringLiteral("format"), QStringLiteral("other"));
        QVERIFY(!ColumnMapping::fromJson(bad, &error));
        QVERIFY(!error.isEmpty());
    }

    void presetsApplyByHeaderName()
    {
        for (const QString &key : MappingPresets::keys()) {
            const auto p = MappingPresets::preset(key);
            QVERIFY2(p.has_value(), qPrintable(key));
            QCOMPARE(p->headers.size(), p->fields.size());
            QVERIFY(!MappingPresets::label(key).isEmpty());
        }
        const auto api = MappingPresets::preset(QStringLiteral("pugongying_api"));
        QVERIFY(api->pricesInFen);
        // Another column order, one extra column the preset doesn't know.
        const QStringList header{QStringLiteral("picture_price"), QStringLiteral("微信"), QStringLiteral("red_id"),
                                 QStringLiteral("kol_fan_num")};
        const ColumnMapping m = api->appliedTo(header);
        QCOMPARE(m.fields, (QList<ImportField>{ImportField::PriceImage, ImportField::Wechat, ImportField::Handle,
                                               ImportField::Followers}));
        QVERIFY(m.pricesInFen);
        QCOMPARE(m.headers, header);
    }

    void profilesSaveLoadResolve()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ColumnMapping m = HeaderMatcher::automatic({QStringLiteral("达人昵称"), QStringLiteral("粉丝量")});
        m.name = QStringLiteral("千瓜/月度");
        QString error;
        QVERIFY(!MappingProfiles::save(settings, ColumnMapping(), &error)); // needs a name
        QVERIFY(MappingProfiles::save(settings, m, &error));
        ColumnMapping other = m;
        other.name = QStringLiteral("Agency sheet");
        QVERIFY(MappingProfiles::save(settings, other, &error));
        QCOMPARE(MappingProfiles::names(settings), (QStringList{QStringLiteral("Agency sheet"), QStringLiteral("千瓜/月度")}));

        QSettings reread(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const auto loaded = MappingProfiles::load(reread, QStringLiteral("千瓜/月度"), &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(*loaded, m);
        QVERIFY(!MappingProfiles::load(reread, QStringLiteral("nope"), &error));

        // --mapping NAME|FILE: a JSON file, a profile, a preset; anything else is an error.
        const QString file = dir.filePath(QStringLiteral("m.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(other.toJson()).toJson());
        f.close();
        QCOMPARE(*MappingProfiles::resolve(reread, file, &error), other);
        QCOMPARE(*MappingProfiles::resolve(reread, QStringLiteral("千瓜/月度"), &error), m);
        QCOMPARE(MappingProfiles::resolve(reread, QStringLiteral("xinhong"), &error)->name, QStringLiteral("xinhong"));
        QVERIFY(!MappingProfiles::resolve(reread, QStringLiteral("missing"), &error));
        QVERIFY(!error.isEmpty());

        QVERIFY(MappingProfiles::remove(reread, QStringLiteral("Agency sheet")));
        QCOMPARE(MappingProfiles::names(reread), QStringList{QStringLiteral("千瓜/月度")});
    }
};

QTEST_GUILESS_MAIN(TestHeaderMatcher)
#include "tst_headermatcher.moc"
