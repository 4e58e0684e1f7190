// The service plan's 7×24 hotline, as the service prints it (device labels); the app shows the same number.
export const SERVICE_HOTLINE = '400-820-8820';
