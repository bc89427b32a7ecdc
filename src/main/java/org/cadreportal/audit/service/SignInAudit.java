package org.cadreportal.audit.service;

import java.time.Clock;
import java.time.LocalDateTime;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessAction;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.domain.AccessLogEntry;
import org.cadreportal.audit.domain.AccessLogRepository;
import org.cadreportal.security.SignInEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ins, failed attempts, waits, sign-outs and password changes in the access log, with the client address,
 * so the administrator's 访问日志 shows who tried which account from where. A failure names the account as
 * typed: a made-up name is worth seeing too.
 */
@Component
@RequiredArgsConstructor
class SignInAudit {

    private static final int NAME = 64;

    private final AccessLogRepository log;
    private final Clock clock;

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SignInEvent event) {
        String username = cut(event.username());
        log.save(new AccessLogEntry(LocalDateTime.now(clock), username,
                event.displayName() == null ? username : cut(event.displayName()), action(event.kind()),
                AccessTypes.ACCOUNT, event.userId(), username, event.address()));
    }

    private static AccessAction action(SignInEvent.Kind kind) {
        return switch (kind) {
            case SIGNED_IN -> AccessAction.LOGIN;
            case FAILED -> AccessAction.LOGIN_FAIL;
            case THROTTLED -> AccessAction.LOCKOUT;
            case SIGNED_OUT -> AccessAction.LOGOUT;
            case PASSWORD_CHANGED -> AccessAction.PASSWORD;
        };
    }

    private static String cut(String text) {
        String t = text == null ? "" : text;
        return t.length() > NAME ? t.substring(0, NAME) : t;
    }
}
