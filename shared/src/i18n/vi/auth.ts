/** Signing in. */

export const login = {
  title: 'Đăng nhập',
  intro: 'Hệ thống quản lý phong trào thi đua “Dân vận khéo”.',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  submit: 'Đăng nhập',
  submitting: 'Đang đăng nhập…',
};
