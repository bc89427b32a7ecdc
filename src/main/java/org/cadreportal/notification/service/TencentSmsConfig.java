package org.cadreportal.notification.service;

import org.cadreportal.notification.SmsSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code portal.sms.provider=tencent} sends through Tencent Cloud SMS, with the account, the application,
 * the signature and the template in {@code portal.sms.tencent.*}; the endpoint can be pointed elsewhere (a
 * government cloud's own, or a test gateway). Without the property the log sender stays.
 */
@Configuration
@ConditionalOnProperty(name = "portal.sms.provider", havingValue = "tencent")
class TencentSmsConfig {

    @Bean
    SmsSender tencentSmsSender(@Value("${portal.sms.tencent.secret-id}") String secretId,
                               @Value("${portal.sms.tencent.secret-key}") String secretKey,
                               @Value("${portal.sms.tencent.region:ap-guangzhou}") String region,
                               @Value("${portal.sms.tencent.endpoint:sms.tencentcloudapi.com}") String endpoint,
                               @Value("${portal.sms.tencent.https:true}") boolean https,
                               @Value("${portal.sms.tencent.sdk-app-id}") String sdkAppId,
                               @Value("${portal.sms.tencent.sign-name}") String signName,
                               @Value("${portal.sms.tencent.template-id}") String templateId,
                               @Value("${portal.sms.tencent.timeout-seconds:10}") int timeout) {
        return new TencentSmsSender(new TencentSmsSender.Settings(secretId, secretKey, region, endpoint, https,
                sdkAppId, signName, templateId, timeout));
    }
}
