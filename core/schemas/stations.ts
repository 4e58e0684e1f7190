// Inputs and outputs of the `stations` function: the service stations (服务站), each covering one region.
import { z } from 'zod';
import { CreateRequestId, IfVersion, Region } from '../masterdata/fields';
import { StationFields } from '../masterdata/staff';
import { WireInstant } from './common';

export const StationsListInput = z.object({ region: Region.optional() }).strict();

export const StationView = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  region: z.string(),
  address: z.string(),
  phone: z.string(),
  leadId: z.string().nullable(),
  leadName: z.string().nullable(),
  /** active technicians and experts of the station */
  members: z.number().int(),
  createdAt: WireInstant.nullable(),
  updatedAt: WireInstant.nullable(),
});
export type StationView = z.infer<typeof StationView>;

export const StationsListOutput = z.object({ items: z.array(StationView) });

export const StationsSaveInput = z
  .object({
    station: StationFields,
    ifVersion: IfVersion.optional(),
    clientRequestId: CreateRequestId.optional(),
  })
  .strict();
export const StationsSaveOutput = z.object({ station: StationView });
