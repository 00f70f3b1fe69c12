import { defineMessages } from "./define";

const ru = {
  title: "Администрирование",
  nav: { label: "Разделы админки", users: "Пользователи", backToCabinet: "В кабинет" },
  users: {
    title: "Пользователи",
    searchLabel: "Поиск по имени или e-mail",
    searchSubmit: "Найти",
    columns: { name: "Имя", email: "E-mail", role: "Роль", status: "Статус", created: "Регистрация", actions: "Действия" },
    roles: { seller: "Продавец", admin: "Администратор" },
    roleLabel: (email: string) => `Роль пользователя ${email}`,
    roleSubmit: "Сменить роль",
    block: "Заблокировать",
    unblock: "Разблокировать",
    active: "Активен",
    blockedBadge: "Заблокирован",
    unverified: "E-mail не подтверждён",
    empty: "Никого не нашли. Измените запрос.",
    roleChanged: "Роль изменена.",
    blocked: "Пользователь заблокирован, его сеансы завершены.",
    unblocked: "Пользователь разблокирован.",
    notYourself: "Свою роль и блокировку изменить нельзя — попросите другого администратора.",
    total: (count: number) => `Всего: ${count}`,
    previous: "Назад",
    next: "Дальше",
  },
};

const en: typeof ru = {
  title: "Administration",
  nav: { label: "Admin sections", users: "Users", backToCabinet: "Back to cabinet" },
  users: {
    title: "Users",
    searchLabel: "Search by name or e-mail",
    searchSubmit: "Search",
    columns: { name: "Name", email: "E-mail", role: "Role", status: "Status", created: "Signed up", actions: "Actions" },
    roles: { seller: "Seller", admin: "Administrator" },
    roleLabel: (email: string) => `Role of ${email}`,
    roleSubmit: "Change role",
    block: "Block",
    unblock: "Unblock",
    active: "Active",
    blockedBadge: "Blocked",
    unverified: "E-mail not confirmed",
    empty: "Nobody found. Change the query.",
    roleChanged: "Role changed.",
    blocked: "User blocked; their sessions ended.",
    unblocked: "User unblocked.",
    notYourself: "You cannot change your own role or block yourself — ask another admin.",
    total: (count: number) => `Total: ${count}`,
    previous: "Previous",
    next: "Next",
  },
};

export const adminMessages = defineMessages(ru, en);
