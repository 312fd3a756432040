-- The request register (ig-requests RequestRepository); dates are DATE. Each list reads stored columns through its own index in
-- its own order, the order being the keyset of its cursor: open requests by id; open requests due on or before a
-- date by (due date, id); received between two dates by (received, id); closed between two dates by (closed, id).
CREATE TABLE information_request (
    id                 TEXT    PRIMARY KEY,
    regime             TEXT    NOT NULL,
    nation             TEXT    NOT NULL,
    reference          TEXT    NOT NULL,
    requester_category TEXT    NOT NULL,
    received           DATE    NOT NULL,
    school_calendar_id TEXT,
    due_date           DATE,
    closed_on          DATE,
    outcome            TEXT,
    version            BIGINT  NOT NULL CHECK (version >= 1)
);

CREATE INDEX information_request_open ON information_request (id) WHERE closed_on IS NULL;
CREATE INDEX information_request_due ON information_request (due_date, id)
    WHERE closed_on IS NULL AND due_date IS NOT NULL;
CREATE INDEX information_request_received ON information_request (received, id);
CREATE INDEX information_request_closed ON information_request (closed_on, id) WHERE closed_on IS NOT NULL;

-- A request's events (clarification asked, fee paid, ...) in the order recorded.
CREATE TABLE information_request_event (
    request_id TEXT    NOT NULL REFERENCES information_request (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    date       DATE    NOT NULL,
    PRIMARY KEY (request_id, position)
);
