package org.cadreportal.notification.service;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sms.v20210111.SmsClient;
import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendSmsResponse;
import com.tencentcloudapi.sms.v20210111.models.SendStatus;
import org.cadreportal.notification.SmsSender;

/**
 * Tencent Cloud SMS (短信 API 2021-01-11, SendSms) through Tencent's official Java SDK, signed TC3-HMAC-SHA256.
 * A government sender registers a signature (签名) and a notification template (模板) with two parameters:
 * how many reminders, and the first of them, e.g. 您今日有{1}条督办提醒：{2}等，请登录干部门户查看。
 * Anything but "Ok" for the number is a failure, which the outbox tries again after its pause.
 */
public class TencentSmsSender implements SmsSender {

    /** The longest template parameter sent (Tencent refuses long variables in notification templates). */
    static final int PARAM_MAX = 20;

    private final SmsClient client;
    private final Settings settings;

    /**
     * Where and as whom to send: {@code endpoint} is host[:port] ({@code sms.tencentcloudapi.com} in
     * production), {@code https} false only for a local test gateway.
     */
    public record Settings(String secretId, String secretKey, String region, String endpoint, boolean https,
                           String sdkAppId, String signName, String templateId, int timeoutSeconds) {
    }

    public TencentSmsSender(Settings settings) {
        this.settings = settings;
        HttpProfile http = new HttpProfile();
        http.setEndpoint(settings.endpoint());
        http.setProtocol(settings.https() ? HttpProfile.REQ_HTTPS : HttpProfile.REQ_HTTP);
        http.setReqMethod(HttpProfile.REQ_POST);
        http.setConnTimeout(settings.timeoutSeconds());
        http.setReadTimeout(settings.timeoutSeconds());
        http.setWriteTimeout(settings.timeoutSeconds());
        ClientProfile profile = new ClientProfile(ClientProfile.SIGN_TC3_256, http);
        this.client = new SmsClient(new Credential(settings.secretId(), settings.secretKey()), settings.region(),
                profile);
    }

    @Override
    public String send(Sms sms) {
        SendSmsRequest request = new SendSmsRequest();
        request.setSmsSdkAppId(settings.sdkAppId());
        request.setSignName(settings.signName());
        request.setTemplateId(settings.templateId());
        request.setPhoneNumberSet(new String[] {"+86" + sms.mobile()});
        request.setTemplateParamSet(new String[] {String.valueOf(Math.max(sms.reminders(), 1)),
            cut(sms.summary())});
        request.setSessionContext("cadre-" + sms.cadreId());
        SendSmsResponse response;
        try {
            response = client.SendSms(request);
        } catch (TencentCloudSDKException e) {
            throw new IllegalStateException("Tencent SMS: " + e.getErrorCode() + " " + e.getMessage(), e);
        }
        SendStatus[] statuses = response.getSendStatusSet();
        if (statuses == null || statuses.length == 0) {
            throw new IllegalStateException("Tencent SMS: no send status (request " + response.getRequestId() + ")");
        }
        SendStatus status = statuses[0];
        if (!"Ok".equals(status.getCode())) {
            throw new IllegalStateException("Tencent SMS: " + status.getCode() + " " + status.getMessage());
        }
        return status.getSerialNo();
    }

    private static String cut(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > PARAM_MAX ? t.substring(0, PARAM_MAX) : t;
    }
}
