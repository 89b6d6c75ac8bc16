import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ARTICLES } from "../../../src/articles";

interface Props {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

/** One page per entity that an article mentions. */
export function generateStaticParams(): { id: string }[] {
  const ids = new Set<string>();
  for (const article of ARTICLES.values()) for (const e of article.entities) ids.add(e.id);
  return [...ids].map((id) => ({ id }));
}

function findTopic(id: string) {
  for (const article of ARTICLES.values()) {
    const entity = article.entities.find((e) => e.id === id);
    if (entity !== undefined) return { entity, articles: [...ARTICLES.values()] };
  }
  return undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = findTopic(decodeURIComponent((await params).id));
  return topic === undefined ? {} : { title: topic.entity.name };
}

/** A topic page: the entity and the articles that mention it. */
export default async function TopicPage({ params }: Props) {
  const topic = findTopic(decodeURIComponent((await params).id));
  if (topic === undefined) notFound();
  const { entity, articles } = topic;
  return (
    <article>
      <h1>{entity.name}</h1>
      {entity.description ? <p>{entity.description}</p> : null}
      <ul>
        {articles
          .filter((a) => a.entities.some((e) => e.id === entity.id))
          .map((a) => (
            <li key={a.id}>
              <Link href={`/articles/${encodeURIComponent(a.id)}`}>{a.headline}</Link>
            </li>
          ))}
      </ul>
    </article>
  );
}
