// What demo sign-in answers where there is none: CloudBase, or a local host started for real use (without --demo).
export const DEMO_OFF_MESSAGE = '演示模式未开启：请在微信中打开售后通登录，新用户请使用管理员发放的邀请码绑定账号';
