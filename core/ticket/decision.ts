// What a decision returns: the ticket as it is to be saved, and the messages its change causes (sent after saving).
import type { Message } from '../notify/messages';
import type { TicketDoc } from './types';

export interface Decision {
  ticket: TicketDoc;
  messages: Message[];
}

export const unchanged = null;
