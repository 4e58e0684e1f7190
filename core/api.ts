// The one map of every action: (function, action) → input schema, output schema, who may call it, what it is for,
// the error codes it answers beyond the envelope's own, and an example input. The service registry binds a handler to
// each entry, the app's api client infers its calls from it, and docs/api.md is generated from it.
import type { z } from 'zod';
import { ANY_USER, IDENTIFIED, PUBLIC, TIMER, roles, type Access } from './access';
import type { ErrorCode } from './errors';
import { RATE_LIMITS, type RateLimit } from './rate-limit';
import * as auth from './schemas/auth';
import * as changes from './schemas/changes';
import * as bookings from './schemas/bookings';
import { Empty, TimerInput } from './schemas/common';
import * as customers from './schemas/customers';
import * as devicePages from './schemas/device-pages';
import * as devices from './schemas/devices';
import * as files from './schemas/files';
import * as notifications from './schemas/notifications';
import * as rosters from './schemas/rosters';
import * as sla from './schemas/sla';
import * as staff from './schemas/staff';
import * as stations from './schemas/stations';
import * as surveys from './schemas/surveys';
import * as tickets from './schemas/tickets';

export interface ActionSpec<
  I extends z.ZodTypeAny = z.ZodTypeAny,
  O extends z.ZodTypeAny = z.ZodTypeAny,
  A extends Access = Access,
> {
  input: I;
  output: O;
  access: A;
  /** one line for the API reference (Chinese, as the app says it) */
  summary: string;
  /** codes this action answers for its own reasons (NOT_FOUND, CONFLICT, RATE_LIMITED …); the access and input codes are implied */
  errors: readonly ErrorCode[];
  /** a valid input, shown in the API reference (a unit test parses each with its schema) */
  example: z.input<I>;
  /** calls per caller (or address) and window beyond which it answers RATE_LIMITED (dispatch keeps the count) */
  rateLimit?: RateLimit;
}

const spec = <I extends z.ZodTypeAny, O extends z.ZodTypeAny, A extends Access>(s: ActionSpec<I, O, A>) => s;

const STAFF = roles('technician', 'expert', 'dispatcher', 'admin');
const DESK = roles('dispatcher', 'admin');
const FIELD = roles('technician', 'expert');
const ADMIN = roles('admin');
const TICKET = 'tk_0mhx2k1a0c3f9a1b2c3d';
const CONTRACT_EXAMPLE = {
  no: 'HT-2026-0101',
  warrantyMonths: 24,
  sla: { respondCommonMinutes: 120 },
  serviceHours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' },
};
const BOOKING = 'bk_3f9a1b2c3d4e5f60718293a4';
/** who takes remote video help: experts, and technicians flagged remoteHelp */
const HELPERS = roles('expert', 'technician');

export const API = {
  auth: {
    devLogin: spec({
      input: auth.DevLoginInput,
      output: auth.DevLoginOutput,
      access: PUBLIC,
      summary: '本地主机（演示模式）：以演示用户或未绑定的微信用户身份登录',
      errors: ['NOT_FOUND', 'FORBIDDEN', 'RATE_LIMITED'],
      example: { userId: 'c-1001' },
      rateLimit: RATE_LIMITS.devLogin,
    }),
    demoUsers: spec({
      input: auth.DemoUsersInput,
      output: auth.DemoUsersOutput,
      access: PUBLIC,
      summary: '本地主机（演示模式）：可登录的演示用户列表',
      errors: ['FORBIDDEN'],
      example: {},
    }),
    me: spec({
      input: auth.MeInput,
      output: auth.MeOutput,
      access: IDENTIFIED,
      summary: '当前用户：角色、单位或服务站；未绑定的微信用户返回 bound: false',
      errors: [],
      example: {},
    }),
    invite: spec({
      input: auth.InviteInput,
      output: auth.InviteOutput,
      access: roles('admin'),
      summary: '管理员生成一次性邀请码（客户或员工）',
      errors: ['NOT_FOUND'],
      example: { role: 'customer', customerId: 'cust-1001' },
    }),
    bind: spec({
      input: auth.BindInput,
      output: auth.BindOutput,
      access: IDENTIFIED,
      summary: '未绑定的微信用户使用邀请码绑定客户单位或员工身份',
      errors: ['NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'],
      example: { code: 'K7M2-QX9P' },
      rateLimit: RATE_LIMITS.bind,
    }),
    invitations: spec({
      input: auth.InvitationsInput,
      output: auth.InvitationsOutput,
      access: ADMIN,
      summary: '邀请码列表（新→旧，分页）：未使用 / 已使用（谁、何时）/ 已过期 / 已作废，每个附二维码内容',
      errors: [],
      example: { status: 'unused', limit: 20 },
    }),
    revokeInvitation: spec({
      input: auth.RevokeInvitationInput,
      output: auth.RevokeInvitationOutput,
      access: ADMIN,
      summary: '作废一个尚未使用的邀请码',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { code: 'K7M2QX9P' },
    }),
    bootstrap: spec({
      input: auth.BootstrapInput,
      output: auth.BootstrapOutput,
      access: IDENTIFIED,
      summary: '首次部署：尚无管理员时，调用者（未绑定的微信用户）成为第一位管理员；只能成功一次',
      errors: ['CONFLICT'],
      example: { name: '郑凯', phone: '13400004001' },
    }),
  },
  customers: {
    list: spec({
      input: customers.CustomersListInput,
      output: customers.CustomersListOutput,
      access: STAFF,
      summary: '客户档案列表（按名称，分页）：按名称、联系人姓名或电话、设备序列号搜索，按区域、状态筛选',
      errors: [],
      example: { q: '申程', limit: 20 },
    }),
    get: spec({
      input: customers.CustomerIdInput,
      output: customers.CustomerOutput,
      access: ANY_USER,
      summary: '客户档案：现场、联系人（主要联系人在前）、合同（保修月数、时限、服务时间）；客户只能查看本单位',
      errors: ['NOT_FOUND'],
      example: { id: 'cust-1001' },
    }),
    save: spec({
      input: customers.CustomersSaveInput,
      output: customers.CustomerOutput,
      access: ADMIN,
      summary:
        '新建或修改客户档案（整条记录）；修改须带 ifVersion，已被他人修改则 CONFLICT 且不做任何改动；active: false 停用',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        customer: { name: '广州天河数码科技有限公司', region: '广州市天河区', contract: CONTRACT_EXAMPLE },
        clientRequestId: 'c-20261201-0001',
      },
    }),
    saveSite: spec({
      input: customers.SaveSiteInput,
      output: customers.SaveSiteOutput,
      access: ADMIN,
      summary: '新建或修改客户的现场（名称、区域、地址、定位）；该现场设备的地址与派单区域随之更新',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        customerId: 'cust-1001',
        site: { name: '张江总部', region: '上海市浦东新区', address: '上海市浦东新区科苑路 399 号 5 号楼' },
      },
    }),
    saveContact: spec({
      input: customers.SaveContactInput,
      output: customers.SaveContactOutput,
      access: ADMIN,
      summary: '新建或修改客户联系人；设为主要联系人时原主要联系人自动取消（始终只有一位）',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { customerId: 'cust-1001', contact: { name: '陈立', phone: '13800001001', primary: true } },
    }),
  },
  devices: {
    list: spec({
      input: devices.DevicesListInput,
      output: devices.DevicesListOutput,
      access: ANY_USER,
      summary: '设备列表：客户只见本单位设备，员工可见全部；含保修状态',
      errors: [],
      example: {},
    }),
    warranty: spec({
      input: devices.DeviceWarrantyInput,
      output: devices.DeviceWarrantyOutput,
      access: ANY_USER,
      summary: '按序列号查询保修状态（在保、剩余天数、到期时间）',
      errors: ['NOT_FOUND'],
      example: { serial: 'SN1001-A' },
    }),
    get: spec({
      input: devicePages.DeviceSerialInput,
      output: devicePages.DevicesGetOutput,
      access: ANY_USER,
      summary: '设备页（扫设备二维码打开）：设备、保修状态与未完成的工单；客户只能查看本单位设备',
      errors: ['NOT_FOUND'],
      example: { serial: 'SN1001-A' },
    }),
    save: spec({
      input: devices.DevicesSaveInput,
      output: devices.DeviceOutput,
      access: ADMIN,
      summary:
        '登记或修改设备档案；不带 ifVersion 为新登记（序列号已登记则 CONFLICT，指明 serial）；active: false 停用',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        device: {
          serial: 'SN2001-A',
          customerId: 'cust-1001',
          name: '二号楼自助服务终端',
          model: 'K8 Pro',
          productLine: 'kiosk',
        },
        clientRequestId: 'd-20261201-0001',
      },
    }),
    accept: spec({
      input: devices.DevicesAcceptInput,
      output: devices.DevicesAcceptOutput,
      access: roles('technician', 'admin'),
      summary:
        '竣工验收：逐项结果、照片、客户手写签名；全部合格则保修自验收日起按合同月数计算（每周回访计划亦由此开始）；' +
        '不合格项记录在案不起算；日期不能晚于今天；已验收的设备仅管理员可更正（填写原因）',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        serial: 'SN1001-C',
        acceptedAt: '2026-12-01',
        checklist: [
          { item: '外观完好', ok: true },
          { item: '通电自检', ok: true },
          { item: '联网测试', ok: true, note: '已接入客户内网' },
        ],
        photos: ['f_9a1b…'],
        customerSignature: 'f_5c1d…',
        customerSignerName: '陈立',
        clientRequestId: 'acc-20261201-0001',
      },
    }),
    history: spec({
      input: devicePages.DeviceSerialInput,
      output: devicePages.DevicesHistoryOutput,
      access: ANY_USER,
      summary: '设备履历：验收记录、全部工单（新→旧）、回访记录、所用配件；客户只能查看本单位设备',
      errors: ['NOT_FOUND'],
      example: { serial: 'SN1001-A' },
    }),
    labels: spec({
      input: devices.DevicesLabelsInput,
      output: devices.DevicesLabelsOutput,
      access: DESK,
      summary: '打印设备二维码标签（A4，每页 21 张；二维码、序列号、名称、型号、客户、报修热线），可下载的 HTML 文件',
      errors: ['NOT_FOUND'],
      example: { serials: ['SN1001-A', 'SN1001-B'] },
    }),
  },
  staff: {
    list: spec({
      input: staff.StaffListInput,
      output: staff.StaffListOutput,
      access: DESK,
      summary: '员工列表（按姓名，分页）：按角色、服务站、状态筛选，按姓名或电话搜索；含当前负载',
      errors: [],
      example: { role: 'technician', stationId: 'st-sh-pd', limit: 20 },
    }),
    save: spec({
      input: staff.StaffSaveInput,
      output: staff.StaffSaveOutput,
      access: ADMIN,
      summary:
        '新建或修改员工档案（角色、服务站、技能、覆盖区域、接单上限）；active: false 停用：不再派单、不被升级呼叫、不能登录，历史保留',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        user: {
          name: '黄磊',
          role: 'technician',
          phone: '13700002101',
          stationId: 'st-gz-th',
          skills: ['kiosk', 'printer'],
          regions: ['广州市越秀区'],
          loadLimit: 4,
        },
        clientRequestId: 'u-20261201-0001',
      },
    }),
  },
  stations: {
    list: spec({
      input: stations.StationsListInput,
      output: stations.StationsListOutput,
      access: STAFF,
      summary: '服务站列表：区域、地址、电话、站长与在职人数',
      errors: [],
      example: {},
    }),
    save: spec({
      input: stations.StationsSaveInput,
      output: stations.StationsSaveOutput,
      access: ADMIN,
      summary: '新建或修改服务站（所辖区域决定派单）；站长须为本站在职的工程师或专家',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        station: {
          name: '广州天河服务站',
          region: '广州市天河区',
          address: '广州市天河区体育西路 101 号',
          phone: '020-38001234',
        },
        clientRequestId: 's-20261201-0001',
      },
    }),
  },
  changes: {
    list: spec({
      input: changes.ChangesListInput,
      output: changes.ChangesListOutput,
      access: DESK,
      summary: '档案变更记录（新→旧，分页）：谁在何时把哪个字段从什么改成什么；客户的记录含其现场、联系人与设备',
      errors: [],
      example: { kind: 'customer', recordId: 'cust-1001', limit: 20 },
    }),
  },
  tickets: {
    report: spec({
      input: tickets.ReportInput,
      output: tickets.TicketOutput,
      access: roles('customer'),
      summary: '报修：客户为本单位设备提交故障（同一 clientRequestId 只生成一张工单），随即自动派单',
      errors: ['NOT_FOUND', 'RATE_LIMITED'],
      example: {
        serial: 'SN1001-A',
        severity: 'major',
        description: '出票机全部停止响应，屏幕黑屏',
        clientRequestId: 'r-20261201-0001',
        category: 'hardware',
      },
      rateLimit: RATE_LIMITS.report,
    }),
    reportFor: spec({
      input: tickets.ReportForInput,
      output: tickets.TicketOutput,
      access: DESK,
      summary:
        '服务热线代客报修（电话、微信或现场）：记录来电人与渠道，与客户报修同样派单与计时；客户单位在工单列表中可见，' +
        '其主要联系人（已绑定时）收到客户通知；同一调度的同一 clientRequestId 只生成一张工单',
      errors: ['NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'],
      example: {
        customerId: 'cust-1001',
        serial: 'SN1001-A',
        severity: 'common',
        description: '客户来电：终端无法打印小票',
        channel: 'phone',
        callerName: '陈立',
        callerPhone: '13800001001',
        clientRequestId: 'hl-20261201-0001',
      },
    }),
    get: spec({
      input: tickets.TicketIdInput,
      output: tickets.TicketOutput,
      access: ANY_USER,
      summary: '工单详情（含时间线）：报修客户、处理人、调度、管理员可见；专家可见重大故障',
      errors: ['NOT_FOUND'],
      example: { id: TICKET },
    }),
    list: spec({
      input: tickets.ListInput,
      output: tickets.ListOutput,
      access: ANY_USER,
      summary:
        '工单列表（新→旧，分页）：客户见本单位、工程师见派给自己的、调度/管理员见全部或待派单队列；' +
        'scope: called 为专家/工程师当前被呼叫的未结工单（自己处理中的，及可接手的：重大故障、升级、站长所辖待派），最紧急在前',
      errors: [],
      example: { scope: 'mine', limit: 20 },
    }),
    accept: spec({
      input: tickets.TicketIdInput,
      output: tickets.TicketOutput,
      access: FIELD,
      summary: '接单：仅被派单的工程师/专家；并发接单只有一个成功',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET },
    }),
    reject: spec({
      input: tickets.RejectInput,
      output: tickets.TicketOutput,
      access: FIELD,
      summary: '拒单（须填原因）：自动改派给下一位候选工程师，不会再派回拒单人',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, reason: '正在另一现场，两小时内无法到达' },
    }),
    goOnsite: spec({
      input: tickets.GoOnsiteInput,
      output: tickets.TicketOutput,
      access: FIELD,
      summary: '改为上门处理：远程无法解决时由处理人发起，开始计算到场时限',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, note: '远程无法复现，需现场检测' },
    }),
    arrive: spec({
      input: tickets.ArriveInput,
      output: tickets.TicketOutput,
      access: FIELD,
      summary: '到达现场签到（可带定位）：仅处理人',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, location: { latitude: 31.2304, longitude: 121.4737, accuracy: 30 } },
    }),
    resolve: spec({
      input: tickets.ResolveInput,
      output: tickets.ResolveOutput,
      access: FIELD,
      summary: '提交处理结果并签名：生成故障处理报告，客户可查看与下载',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        id: TICKET,
        cause: '电源模块老化',
        actions: '更换电源模块并做满载测试',
        mode: 'onsite',
        partsUsed: [{ name: '电源模块', quantity: 1 }],
        handlerSignature: 'f_5c1d…',
      },
    }),
    confirm: spec({
      input: tickets.TicketIdInput,
      output: tickets.TicketOutput,
      access: roles('customer'),
      summary: '确认修复：仅报修客户',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET },
    }),
    reopen: spec({
      input: tickets.ReopenInput,
      output: tickets.TicketOutput,
      access: roles('customer'),
      summary: '重新打开（须填原因）：仅报修客户，待确认状态下；重新派单并重新计时',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, reason: '第二天又出现同样的故障' },
    }),
    cancel: spec({
      input: tickets.CancelInput,
      output: tickets.TicketOutput,
      access: roles('customer', 'dispatcher', 'admin'),
      summary: '取消报修：接单前，报修客户或调度/管理员',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, reason: '重启后已恢复' },
    }),
    assign: spec({
      input: tickets.AssignInput,
      output: tickets.TicketOutput,
      access: DESK,
      summary:
        '调度指派（可改派），记录派单理由：不带 override 只能派给自动派单的候选工程师（含被排除者）；' +
        '指派专家或候选之外的人员须带 override.reason（强制指派，2–200 字，记入时间线），不论区域、技能、负载、值班或此前超时/拒单；已停用人员不可指派',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, technicianId: 't-2003', override: { reason: '本区工程师均不可派，请朝阳站跨区支援' } },
    }),
    take: spec({
      input: tickets.TicketIdInput,
      output: tickets.TicketOutput,
      access: FIELD,
      summary:
        '接手工单：专家（重大故障、升级至专家团队或被升级呼叫）或服务站站长/被本轮升级呼叫的工程师，把待派、已派他人或升级未认领的工单直接接为「已接单」；' +
        '响应时限即达成，其他时限继续；本轮未认领的升级一并认领；并发接手只有一个成功',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET },
    }),
    candidates: spec({
      input: tickets.TicketIdInput,
      output: tickets.CandidatesOutput,
      access: DESK,
      summary:
        '候选工程师：按派单规则为每位工程师打分并说明理由或排除原因（供调度指派参考）；' +
        'experts 为在职专家（在班在前，含当前负载），须强制指派',
      errors: ['NOT_FOUND'],
      example: { id: TICKET },
    }),
    reportFile: spec({
      input: tickets.TicketIdInput,
      output: tickets.ReportFileOutput,
      access: ANY_USER,
      summary: '下载故障处理报告（可打印的 HTML 文件）：能查看该工单的人可下载',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET },
    }),
    pause: spec({
      input: tickets.PauseInput,
      output: tickets.TicketOutput,
      access: FIELD,
      summary: '暂停计时（等待客户 / 等待配件，须填原因）：仅处理人；暂停期间不计入时限',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, kind: 'customer', reason: '请提供设备管理员的远程登录权限' },
    }),
    resume: spec({
      input: tickets.ResumeInput,
      output: tickets.TicketOutput,
      access: ANY_USER,
      summary: '恢复计时：客户答复（等待客户）、处理人或调度可恢复',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, note: '已开通远程权限，账号见短信' },
    }),
    attachPlan: spec({
      input: tickets.PlanInput,
      output: tickets.TicketOutput,
      access: roles('expert'),
      summary: '专家提交解决方案（重大故障须在 2 小时内）',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, plan: '先切换备用服务器恢复出票，再返厂检测主板' },
    }),
    autoClose: spec({
      input: TimerInput,
      output: tickets.AutoCloseOutput,
      access: TIMER,
      summary: '定时任务：处理完成 7 天仍未评价的工单自动关闭',
      errors: [],
      example: {},
    }),
  },
  surveys: {
    submit: spec({
      input: surveys.SurveySubmitInput,
      output: surveys.SurveySubmitOutput,
      access: roles('customer'),
      summary:
        '服务评价：报修客户对已处理的工单评分一次（响应速度、服务态度、专业技能、处理结果 1–5 分），评价后工单关闭',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { ticketId: TICKET, scores: { speed: 5, attitude: 5, skill: 4, result: 5 }, comment: '响应很快' },
    }),
    get: spec({
      input: surveys.SurveyGetInput,
      output: surveys.SurveyGetOutput,
      access: ANY_USER,
      summary: '查看工单的服务评价（未评价为 null）',
      errors: ['NOT_FOUND'],
      example: { ticketId: TICKET },
    }),
    stats: spec({
      input: surveys.SurveyStatsInput,
      output: surveys.SurveyStatsOutput,
      access: DESK,
      summary: '满意度统计：按工程师/服务站/月份统计各项均分、评价率与满意率（4–5 分占比）',
      errors: [],
      example: { from: '2026-11-01', to: '2026-11-30', groupBy: 'station' },
    }),
  },
  files: {
    upload: spec({
      input: files.FilesUploadInput,
      output: files.FilesUploadOutput,
      access: ANY_USER,
      summary: '本地主机：上传照片、视频或签名（POST /api/_upload?purpose=…，请求体为文件本身）',
      errors: ['FORBIDDEN', 'RATE_LIMITED'],
      example: { purpose: 'photo', contentType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      rateLimit: RATE_LIMITS.upload,
    }),
    register: spec({
      input: files.FilesRegisterInput,
      output: files.FilesRegisterOutput,
      access: ANY_USER,
      summary: '登记已上传到云存储的文件（照片、视频、签名），之后才能在报修或处理报告中引用',
      errors: ['NOT_FOUND', 'FORBIDDEN', 'RATE_LIMITED'],
      example: {
        fileId: 'cloud://env-id.7465-env-id/uploads/u-1/photo.jpg',
        purpose: 'photo',
        contentType: 'image/jpeg',
        size: 204800,
      },
      rateLimit: RATE_LIMITS.upload,
    }),
  },
  notifications: {
    list: spec({
      input: notifications.NotificationsListInput,
      output: notifications.NotificationsListOutput,
      access: ANY_USER,
      summary: '消息中心：我的通知（新→旧，分页）与未读数',
      errors: [],
      example: { limit: 20 },
    }),
    read: spec({
      input: notifications.NotificationsReadInput,
      output: notifications.UnreadOutput,
      access: ANY_USER,
      summary: '标记已读：指定消息或全部',
      errors: ['NOT_FOUND'],
      example: { all: true },
    }),
    unread: spec({
      input: Empty,
      output: notifications.UnreadOutput,
      access: ANY_USER,
      summary: '未读消息数',
      errors: [],
      example: {},
    }),
    grant: spec({
      input: notifications.GrantInput,
      output: notifications.GrantOutput,
      access: ANY_USER,
      summary: '记录用户在订阅消息弹窗中同意的模板（每次同意可发送一次）',
      errors: ['CONFLICT'],
      example: { accepted: ['ticket.accepted', 'ticket.resolved'] },
    }),
    templates: spec({
      input: Empty,
      output: notifications.TemplatesOutput,
      access: ANY_USER,
      summary: '订阅消息模板（小程序请求授权用）',
      errors: [],
      example: {},
    }),
  },
  rosters: {
    week: spec({
      input: rosters.RosterWeekInput,
      output: rosters.RosterWeekOutput,
      access: STAFF,
      summary: '查看某服务站一周的值班表（标注法定节假日与调休上班日）',
      errors: ['NOT_FOUND', 'FORBIDDEN'],
      example: { stationId: 'st-sh-pd', date: '2026-12-01' },
    }),
    save: spec({
      input: rosters.RosterSaveInput,
      output: rosters.RosterWeekOutput,
      access: DESK,
      summary: '保存某服务站一周的值班表（主班/备班，白班/夜班）；并发编辑以版本号防止覆盖',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        stationId: 'st-sh-pd',
        weekStart: '2026-11-30',
        entries: [{ date: '2026-11-30', shift: 'day', userId: 't-2001', role: 'primary' }],
      },
    }),
    swap: spec({
      input: rosters.RosterSwapInput,
      output: rosters.RosterWeekOutput,
      access: DESK,
      summary: '换班：由另一位本站人员顶替某人某班次（记录在案）',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        stationId: 'st-sh-pd',
        date: '2026-12-02',
        shift: 'night',
        fromUserId: 't-2001',
        toUserId: 't-2002',
        reason: '家中有事',
      },
    }),
    onDuty: spec({
      input: Empty,
      output: rosters.OnDutyOutput,
      access: STAFF,
      summary: '当前在班人员（各服务站与专家团队，主班在前）',
      errors: [],
      example: {},
    }),
    holidays: spec({
      input: rosters.HolidaysInput,
      output: rosters.HolidaysOutput,
      access: STAFF,
      summary: '某年的法定节假日与调休上班日：来自节假日数据包、管理员录入，或（尚未发布时）仅固定日期',
      errors: [],
      example: { year: 2027 },
    }),
    saveHolidays: spec({
      input: rosters.SaveHolidaysInput,
      output: rosters.HolidaysOutput,
      access: roles('admin'),
      summary: '管理员录入某年的节假日安排（放假与调休上班日），优先于数据包；并发编辑以版本号防止覆盖',
      errors: ['CONFLICT'],
      example: {
        year: 2027,
        source: '国办发明电〔2026〕1 号',
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-05-01', kind: 'holiday', name: '劳动节' },
          { date: '2027-05-02', kind: 'holiday', name: '劳动节' },
          { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
          { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
          { date: '2027-10-03', kind: 'holiday', name: '国庆节' },
          { date: '2027-10-09', kind: 'makeup', name: '国庆节' },
        ],
      },
    }),
    parseHolidayNotice: spec({
      input: rosters.ParseHolidayNoticeInput,
      output: rosters.ParseHolidayNoticeOutput,
      access: roles('admin'),
      summary: '导入：从国务院办公厅节假日安排通知的原文识别放假与调休上班日（不保存，确认后用 saveHolidays 保存）',
      errors: [],
      example: { year: 2027, text: '一、元旦：1月1日（周五）至3日（周日）放假，共3天。' },
    }),
  },
  sla: {
    run: spec({
      input: TimerInput,
      output: sla.SlaRunOutput,
      access: TIMER,
      summary: '定时任务（每分钟）：时限预警、超时、逐级升级与派单超时改派；只读取到期的工单，可重复执行',
      errors: [],
      example: {},
    }),
    board: spec({
      input: Empty,
      output: sla.BoardOutput,
      access: DESK,
      summary: '调度看板：未完成工单按时限状态分组（已升级/已超时/预警/暂停/正常），按剩余时间排序',
      errors: [],
      example: {},
    }),
    attainment: spec({
      input: sla.AttainmentInput,
      output: sla.AttainmentOutput,
      access: DESK,
      summary: '时限达标率：某期间报修的工单，按时限、服务站或工程师统计按时达成比例',
      errors: [],
      example: { from: '2026-11-01', to: '2026-11-30', groupBy: 'technician' },
    }),
    evidence: spec({
      input: sla.EvidenceInput,
      output: sla.EvidenceOutput,
      access: roles('customer', 'dispatcher', 'admin', 'expert', 'technician'),
      summary: '服务时效证据包：完整时间线与各时限计算结果（可下载的 HTML 文件），能查看该工单的人可下载',
      errors: ['NOT_FOUND'],
      example: { id: TICKET },
    }),
    acknowledge: spec({
      input: sla.AckInput,
      output: tickets.TicketOutput,
      access: STAFF,
      summary: '「我来处理」：认领某时限的升级，记录认领人，该时限的升级不再继续上升',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: TICKET, milestone: 'respond' },
    }),
  },
  bookings: {
    slots: spec({
      input: bookings.SlotsInput,
      output: bookings.SlotsOutput,
      access: roles('customer'),
      summary:
        '远程视频指导可预约时段（每 30 分钟一段，最多查询 14 天）：专家开放时间与值班表的交集，法定节假日不开放（除非专家单独开放），' +
        '15 分钟内开始的不列出；任一专家空闲即可预约，已约满的标为不可约',
      errors: [],
      example: { from: '2026-12-07', to: '2026-12-13' },
    }),
    book: spec({
      input: bookings.BookInput,
      output: bookings.BookingOutput,
      access: roles('customer'),
      summary:
        '预约远程视频指导（同一 clientRequestId 只生成一个预约）：系统为该时段安排当天预约最少的空闲专家；两位客户同时抢同一时段，只有一位成功，另一位 CONFLICT。' +
        '重大故障可 now: true 立即呼叫值班专家（须关联本单位未完成的重大故障工单）',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: {
        start: '2026-12-07T10:00:00+08:00',
        topic: '打印机卡纸后报错 E-31，需要专家远程指导',
        ticketId: TICKET,
        clientRequestId: 'r-20261207-video-01',
      },
    }),
    list: spec({
      input: bookings.BookingListInput,
      output: bookings.BookingListOutput,
      access: ANY_USER,
      summary:
        '视频指导列表（分页）：客户见本单位的、专家见自己接待的、调度/管理员见全部；upcoming: true 为未结束的，最近的在前',
      errors: [],
      example: { scope: 'mine', upcoming: true, limit: 20 },
    }),
    cancel: spec({
      input: bookings.CancelBookingInput,
      output: bookings.BookingOutput,
      access: ANY_USER,
      summary: '取消视频指导：预约客户（开始前 30 分钟以上）、接待专家或调度/管理员；时段随即释放',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: BOOKING, reason: '设备已恢复，无需指导' },
    }),
    reschedule: spec({
      input: bookings.RescheduleInput,
      output: bookings.BookingOutput,
      access: ANY_USER,
      summary: '视频指导改期：规则同预约与取消；先占用新时段再释放原时段，原专家有空优先',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: BOOKING, start: '2026-12-08T14:00:00+08:00' },
    }),
    join: spec({
      input: bookings.BookingIdInput,
      output: bookings.JoinOutput,
      access: roles('customer', 'expert', 'technician'),
      summary:
        '加入视频通话：仅该预约的客户与专家，开始前 10 分钟至结束（或开始后 2 小时）；本地主机返回 WebRTC 信令地址与令牌，云开发返回 TRTC 进房参数',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: BOOKING },
    }),
    finish: spec({
      input: bookings.FinishInput,
      output: bookings.FinishOutput,
      access: HELPERS,
      summary:
        '结束视频指导并记录结论（仅接待专家，一次）：远程已解决 → 关联工单「远程解决」时限达成（尚未接单的由专家接手）；需上门 → 开始到场计时；需配件 → 处理中的工单暂停计时（等待配件）',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: BOOKING, outcome: 'fixed-remotely', notes: '指导客户清理进纸通道并重新校准，打印恢复正常' },
    }),
    capture: spec({
      input: bookings.CaptureInput,
      output: bookings.FinishOutput,
      access: HELPERS,
      summary: '通话中截取现场照片存入关联工单（接待专家上传的照片，用途 photo）',
      errors: ['NOT_FOUND', 'CONFLICT'],
      example: { id: BOOKING, fileId: 'f_7a2e…' },
    }),
    remind: spec({
      input: TimerInput,
      output: bookings.RemindOutput,
      access: TIMER,
      summary:
        '定时任务（每分钟）：开始前 15 分钟提醒双方；到时未接通的预约过期，已通话未填结论的提醒专家；只读取到期的预约，可重复执行',
      errors: [],
      example: {},
    }),
  },
  availability: {
    get: spec({
      input: bookings.AvailabilityGetInput,
      output: bookings.AvailabilityOutput,
      access: roles('expert', 'technician', 'admin'),
      summary:
        '查看远程视频指导的开放时间：专家（及开通远程指导的工程师）看自己的，管理员可看任何人的；附近期法定节假日与调休上班日',
      errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
      example: { userId: 'e-2901' },
    }),
    save: spec({
      input: bookings.AvailabilitySaveInput,
      output: bookings.AvailabilityOutput,
      access: roles('expert', 'technician', 'admin'),
      summary:
        '保存开放时间：每周时段与例外日期（不填时间为当天停止预约，填时间为当天改为该时段，可开放节假日）；带 version 时并发编辑以版本号防止覆盖；已有预约不受影响',
      errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
      example: {
        userId: 'e-2901',
        weekly: [
          { weekday: 1, from: '09:00', to: '12:00' },
          { weekday: 1, from: '14:00', to: '18:00' },
          { weekday: 3, from: '09:00', to: '18:00' },
          { weekday: 5, from: '09:00', to: '17:00' },
        ],
        exceptions: [{ date: '2026-12-25' }, { date: '2027-01-01', from: '10:00', to: '12:00' }],
      },
    }),
  },
} as const satisfies Record<string, Record<string, ActionSpec>>;

export type Api = typeof API;
export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
export type SpecOf<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends ActionSpec ? Api[F][A] : never;
/** What a caller sends (defaults may be left out). */
export type InputOf<F extends FunctionName, A extends ActionName<F>> = z.input<SpecOf<F, A>['input']>;
/** What the service answers in `data`. */
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = z.output<SpecOf<F, A>['output']>;
