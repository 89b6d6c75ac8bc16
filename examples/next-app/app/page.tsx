import Link from "next/link";
import { ARTICLES } from "../src/articles";

export default function Home() {
  return (
    <ul>
      {[...ARTICLES.values()].map((a) => (
        <li key={a.id}>
          <Link href={`/articles/${encodeURIComponent(a.id)}`}>{a.headline}</Link>
        </li>
      ))}
    </ul>
  );
}
