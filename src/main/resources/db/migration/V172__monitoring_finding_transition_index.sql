-- A finding's history by finding: MonitoringHistory reads, per finding, its status at a moment and its reopenings.
CREATE INDEX monitoring_finding_transition_finding_idx ON monitoring_finding_transition (finding_id, occurred_at);
