import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicNameValuePair;

class Main {
    public static void main(String[] args) throws Exception {
        List<NameValuePair> form = List.of(
                new BasicNameValuePair("grant_type", "client_credentials"),
                new BasicNameValuePair("client_id", "{yourClientId}"),
                new BasicNameValuePair("client_secret", "{yourClientSecret}"),
                new BasicNameValuePair("audience", "YOUR_API_IDENTIFIER"));
        // The Content-Type header below is sent as given, instead of the entity's own type (with "; charset=UTF-8").
        HttpEntity entity = new UrlEncodedFormEntity(form, StandardCharsets.UTF_8);

        ClassicHttpRequest request = ClassicRequestBuilder.post("https://{yourDomain}/oauth/token")
                .addHeader("content-type", "application/x-www-form-urlencoded")
                .setEntity(entity)
                .build();

        // createSystem(): the JVM's system properties apply (javax.net.ssl trust and key stores, proxies).
        try (CloseableHttpClient client = HttpClients.createSystem()) {
            String text = client.execute(request, response -> {
                System.out.println(response.getCode());
                HttpEntity received = response.getEntity();
                return received == null ? "" : EntityUtils.toString(received, StandardCharsets.UTF_8);
            });
            System.out.println(text);
        }
    }
}
