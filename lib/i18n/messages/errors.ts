import { defineMessages } from "./define";

export const errorPageMessages = defineMessages(
  {
    forbiddenTitle: "Доступ запрещён",
    forbiddenText: "Этот раздел только для администраторов. Если доступ нужен для работы, попросите администратора.",
    notFoundTitle: "Страница не найдена",
    notFoundText: "Такой страницы нет. Проверьте адрес или вернитесь на главную.",
    home: "На главную",
    cabinet: "В кабинет",
  },
  {
    forbiddenTitle: "Access denied",
    forbiddenText: "This section is for administrators only. If you need it for your work, ask an administrator.",
    notFoundTitle: "Page not found",
    notFoundText: "There is no such page. Check the address or go back to the home page.",
    home: "Home",
    cabinet: "To the cabinet",
  },
);
