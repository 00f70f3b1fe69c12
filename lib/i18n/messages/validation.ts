import { defineMessages } from "./define";

const ru = {
  required: "Заполните это поле",
  tooLong: (max: number) => `Не длиннее ${max} символов`,
  email: "Введите e-mail в формате name@example.com",
  passwordTooShort: (min: number) => `Пароль должен быть не короче ${min} символов`,
  passwordsDiffer: "Пароли не совпадают",
  totpCode: "Введите 6 цифр из приложения-аутентификатора",
  invalidChoice: "Выберите значение из списка",
};

const en: typeof ru = {
  required: "Fill in this field",
  tooLong: (max: number) => `At most ${max} characters`,
  email: "Enter an e-mail like name@example.com",
  passwordTooShort: (min: number) => `The password must be at least ${min} characters long`,
  passwordsDiffer: "The passwords do not match",
  totpCode: "Enter the 6 digits from your authenticator app",
  invalidChoice: "Pick a value from the list",
};

export const validationMessages = defineMessages(ru, en);
export type ValidationMessages = typeof ru;
