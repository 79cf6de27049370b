import { randomUUID } from 'node:crypto';
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Recipient } from './directory.js';

export interface OutgoingMail {
  to: Recipient;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves with the provider's message id once the message is accepted for delivery. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

export function createSesMailer({ client, from }: { client: Pick<SESv2Client, 'send'>; from: string }): Mailer {
  return {
    async send({ to, subject, text }) {
      const { MessageId } = await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [to.email] },
          Content: { Simple: { Subject: { Data: subject, Charset: 'UTF-8' }, Body: { Text: { Data: text, Charset: 'UTF-8' } } } },
        }),
      );
      if (!MessageId) throw new Error('SES accepted the message without returning a message id.');
      return { messageId: MessageId };
    },
  };
}

/** Local mode has no mail service: messages are only recorded in the outbox (and optionally printed). */
export function createOutboxOnlyMailer(print?: (mail: OutgoingMail) => void): Mailer {
  return {
    send(mail) {
      print?.(mail);
      return Promise.resolve({ messageId: `outbox-only-${randomUUID()}` });
    },
  };
}
