-- The service catalogue (政务服务事项目录, Art. 12): service items hosted on a site (normally the portal) and owned by a
-- sponsoring unit, with the ten classes of guide elements (blank = missing), and the yearly case volumes (办件量).
CREATE TABLE service_item (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    site_id         UUID NOT NULL REFERENCES site (id),
    unit_id         UUID NOT NULL REFERENCES unit (id),
    theme           VARCHAR(40) NOT NULL,
    service_object  VARCHAR(20) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    legal_basis     TEXT,
    conditions      TEXT,
    materials       TEXT,
    location        TEXT,
    agency          TEXT,
    fees            TEXT,
    hours           TEXT,
    phone           TEXT,
    process         TEXT,
    online          BOOLEAN NOT NULL,
    online_url      VARCHAR(1000),
    forms_url       VARCHAR(1000),
    forms_note      VARCHAR(500),
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (site_id, name)
);

CREATE INDEX service_item_unit ON service_item (unit_id);

CREATE TABLE service_case_volume (
    item_id          UUID NOT NULL REFERENCES service_item (id) ON DELETE CASCADE,
    year             INTEGER NOT NULL,
    natural_persons  BIGINT NOT NULL CHECK (natural_persons >= 0),
    legal_persons    BIGINT NOT NULL CHECK (legal_persons >= 0),
    imported_by      VARCHAR(100) NOT NULL,
    imported_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_id, year)
);
