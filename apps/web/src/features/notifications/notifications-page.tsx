import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { useRole } from '../../lib/use-role.ts';
import { DigestCard } from './digest-card.tsx';
import { EmailFrame } from './email-frame.tsx';
import { EveryoneCard } from './everyone-card.tsx';
import { WebhooksCard } from './webhooks-card.tsx';
import './notifications.css';

/**
 * Who is told what: each user's alert digest by email (what is new since the last one, then what is still open)
 * and, for admins, everyone's digests and the chat channels that get critical alerts as they appear.
 */
export function NotificationsPage() {
  const { can } = useRole();
  const [opened, setOpened] = useState<{ src: string; title: string } | null>(null);
  const open = (src: string, title: string) => setOpened({ src, title });

  return (
    <section>
      <PageHeader title="Notifications" meta="Alert digests by email, and critical alerts to chat" />
      {opened ? <EmailFrame key={opened.src} {...opened} onClose={() => setOpened(null)} /> : null}
      <DigestCard onOpen={open} />
      {can('admin') ? (
        <>
          <EveryoneCard onOpen={open} />
          <WebhooksCard />
        </>
      ) : null}
    </section>
  );
}
