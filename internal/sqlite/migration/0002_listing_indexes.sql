-- Indexes for the listings across articles (query_*.go): entities grouped
-- by name, type and country without a sort, and filtered by type and
-- country.
CREATE INDEX entities_group ON entities (name, type, country, article_id);
CREATE INDEX entities_type_country ON entities (type, country);
