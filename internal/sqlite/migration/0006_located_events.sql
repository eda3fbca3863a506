-- The located events by place, for GET /api/v1/places (query_places.go),
-- which then reads these rows only, not every event.
CREATE INDEX events_located ON events (location_name, location_country, location_lat, location_lon)
	WHERE location_name IS NOT NULL;
