import { ArticleJsonLd, articleMetadata, NewsArticle } from "@newsdoc/react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ARTICLES, findArticle } from "../../../src/articles";
import { TopicMention } from "../../../src/topic-mention";

interface Props {
  params: Promise<{ id: string }>;
}

// Every article is known at build time: pages are prerendered, others are 404s.
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return [...ARTICLES.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = findArticle((await params).id);
  return article === undefined ? {} : articleMetadata(article);
}

const components = { mention: TopicMention };

/** The article page: a Server Component, no client JavaScript of its own. */
export default async function ArticlePage({ params }: Props) {
  const article = findArticle((await params).id);
  if (article === undefined) notFound();
  return (
    <>
      <ArticleJsonLd article={article} />
      <NewsArticle article={article} components={components} options={{ appendix: "quotes" }} />
    </>
  );
}
