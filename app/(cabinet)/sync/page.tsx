import { ComingNext } from "@/components/cabinet/coming-next";

export default function Page() {
  return <ComingNext section="sync" />;
}
