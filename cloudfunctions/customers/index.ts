// The `customers` cloud function: the customer records (客户档案) with their sites, contacts and contract.
import { get } from './get';
import { list } from './list';
import { save } from './save';
import { saveContact } from './save-contact';
import { saveSite } from './save-site';

export const actions = { list, get, save, saveSite, saveContact };
