import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

class Main {
    public static void main(String[] args) throws Exception {
        ClassicHttpRequest request = ClassicRequestBuilder.get("https://api.example.com/api")
                .addHeader("authorization", "Bearer ACCESS_TOKEN")
                .addHeader("content-type", "application/json")
                .addHeader("content-language", "en")
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
