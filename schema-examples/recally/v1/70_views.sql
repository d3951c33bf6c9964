-- recally: the bookmark list as the web app shows it.

CREATE VIEW bookmark_overview AS
SELECT b.id,
       b.user_id,
       b.content_id,
       c.url,
       c.title,
       c.description,
       c.domain,
       c.type AS content_type,
       c.summary IS NOT NULL AS has_summary,
       b.is_favorite,
       b.is_archive,
       coalesce(t.tags, '{}') AS tags,
       b.created_at,
       b.updated_at
FROM bookmarks b
JOIN bookmark_content c ON c.id = b.content_id
LEFT JOIN LATERAL (
    SELECT array_agg(bt.name ORDER BY bt.name) AS tags
    FROM bookmark_tags_mapping m
    JOIN bookmark_tags bt ON bt.id = m.tag_id
    WHERE m.bookmark_id = b.id
) t ON true;

COMMENT ON VIEW bookmark_overview IS 'Bookmarks joined with their content and tag names; read by the list API.';
