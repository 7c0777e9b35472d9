import java.io.File;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

class Main {
    public static void main(String[] args) throws Exception {
        // No type of its own: the Content-Type header below is sent as given.
        HttpEntity entity = new FileEntity(new File("{payloadPath}"), null);

        ClassicHttpRequest request = ClassicRequestBuilder.put("https://api.example.com/v1/blobs/42")
                .addHeader("Content-Type", "application/octet-stream")
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
