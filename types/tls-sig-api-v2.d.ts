// Types of tls-sig-api-v2 (Tencent's UserSig signer for TRTC and IM; the package ships none): the calls we use.
declare module 'tls-sig-api-v2/TLSSigAPIv2.js' {
  export class Api {
    constructor(sdkappid: number, key: string);
    /** a UserSig for `userid`, valid `expire` seconds from now */
    genUserSig(userid: string, expire: number): string;
    /** a PrivateMapKey: `userid` may enter only the string room `roomstr`, with the rights of `privilegeMap` (255: all) */
    genPrivateMapKeyWithStringRoomID(userid: string, expire: number, roomstr: string, privilegeMap: number): string;
  }
}
