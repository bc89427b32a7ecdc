/**
 * Who may sign in and what they may see: user accounts with BCrypt passwords, sign-in throttling and the
 * password rule, the seven roles, each user's data scope (one unit and its subtree), the login page, 修改密码
 * and the administrator's user screen. Other features ask {@link org.cadreportal.security.CurrentUsers} who is acting.
 */
package org.cadreportal.security;
