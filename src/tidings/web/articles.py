"""``/articles``, ``/article/ID`` and the articles API: the articles with search and filters, the rejected inputs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from tidings.filters import DAY, MAX_QUERY
from tidings.store import ArticleFilter, EventFilter
from tidings.web.common import (
    ARTICLE_ID,
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    Db,
    Format,
    PageNo,
    Size,
    article_title,
    checked,
    found,
    highlight,
    marked,
    page,
    query_string,
    table_csv,
)

router = APIRouter()


def article_filter(
    q: Annotated[str | None, Query(max_length=MAX_QUERY, description="Words in the title or text")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(max_length=10, description="Published on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(max_length=10, description="Published on or before (YYYY-MM-DD)")] = None,
    language: Annotated[str | None, Query(max_length=12)] = None,
) -> ArticleFilter:
    for value in (since, until):
        if value and not DAY.fullmatch(value):
            raise HTTPException(422, "dates are YYYY-MM-DD")
    return ArticleFilter((q or "").strip() or None, outlet or None, since or None, until or None, language or None)


Reason = Annotated[str | None, Query(max_length=40, description="Only rejected inputs of this reason")]
Articles = Annotated[ArticleFilter, Depends(article_filter)]


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page(request: Request, store: Db, flt: Articles, page_no: PageNo = 1, reason: Reason = None) -> HTMLResponse:
    total = store.count_articles(flt)
    rows = store.article_rows(PAGE_SIZE, (page_no - 1) * PAGE_SIZE, flt)
    rejected = store.rejections(reason)
    return page(
        request,
        "articles.html",
        articles=[(a, article_title(a), marked(a.snippet) if a.snippet else None) for a in rows],
        total=total,
        rejected=rejected[:MAX_PAGE_SIZE],
        rejected_total=len(rejected),
        counts=store.counts(),
        facets=store.article_facets(),
        page_no=page_no,
        size=PAGE_SIZE,
        form=request.query_params,
        qs=lambda **kw: query_string(request, **kw),
    )


@router.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: str, store: Db) -> HTMLResponse:
    article = found(store.article(checked(article_id, ARTICLE_ID, "article")), "article")
    mentioned = store.events(EventFilter(article=article.id, limit=MAX_PAGE_SIZE))
    spans = [(src.start, src.end, e.id) for e in mentioned for src in e.sources if src.article_id == article.id]
    return page(
        request, "article.html", article=article, title=article_title(article), text=highlight(article.raw, spans), events=mentioned
    )


@router.get(
    "/api/articles",
    summary="Articles (newest first, best match first with q) and rejected inputs with their reasons (JSON; CSV with format=csv)",
)
def api_articles(
    store: Db,
    flt: Articles,
    page_no: PageNo = 1,
    size: Size = PAGE_SIZE,
    fmt: Format = "json",
    which: Annotated[str, Query(alias="list", pattern="^(articles|rejected)$")] = "articles",
    reason: Reason = None,
) -> Response:
    rows = store.article_rows(size, (page_no - 1) * size, flt)
    articles = [
        {
            "id": a.id,
            "title": article_title(a),
            "url": a.url,
            "outlet": a.outlet,
            "published": a.published,
            "language": a.language,
            "source": a.source,
        }
        for a in rows
    ]
    refused = [{"source": r.source, "reason": r.reason, "detail": r.detail[:500]} for r in store.rejections(reason)[:MAX_PAGE_SIZE]]
    if fmt == "csv":
        columns = (
            ["id", "title", "url", "outlet", "published", "language", "source"] if which == "articles" else ["source", "reason", "detail"]
        )
        return table_csv(columns, articles if which == "articles" else refused, f"{which}.csv")
    return JSONResponse({"total": store.count_articles(flt), "articles": articles, "rejected": refused})
