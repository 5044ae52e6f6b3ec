-- Working-day calendar (Measures Art. 13): holiday notices entered on the platform by the system administrator.
-- A row in calendar_year replaces the bundled State Council notice of that year; announced = false means the year's
-- notice is not out yet (answers stay provisional), never "no holidays".
CREATE TABLE calendar_year (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1950 AND 2150),
    announced  BOOLEAN NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    changed_by VARCHAR(100) NOT NULL
);

CREATE TABLE calendar_day (
    year    INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    day     DATE NOT NULL,
    name    VARCHAR(50) NOT NULL CHECK (length(trim(name)) > 0),
    off_day BOOLEAN NOT NULL,
    PRIMARY KEY (year, day),
    CHECK (EXTRACT(YEAR FROM day) = year)
);
