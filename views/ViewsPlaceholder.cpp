// placeholder until the first screen lands
