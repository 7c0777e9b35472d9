import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

class Main {
    public static void main(String[] args) throws Exception {
        String payload = """
                {
                  "name": "Widget \\"Deluxe\\" it's 'quoted'",
                  "path": "C:\\\\temp\\\\new",
                  "shell": "$HOME #{x} ${y} `z`",
                  "note": "line one\\nline two\\ttabbed",
                  "unicode": "café 中文 😀 \\u202e\\u200b",
                  "counts": [
                    1,
                    -2,
                    1.5,
                    1.0,
                    12345678901234567890,
                    0
                  ],
                  "flags": [
                    true,
                    false,
                    null
                  ],
                  "empty": {
                    "object": {},
                    "list": []
                  }
                }""";
        // The Content-Type header below is sent as given, instead of the entity's own type (with "; charset=UTF-8").
        HttpEntity entity = new StringEntity(payload, StandardCharsets.UTF_8);

        ClassicHttpRequest request = ClassicRequestBuilder.post("https://api.example.com/v1/widgets")
                .addHeader("x-api-key", "{apiKey}")
                .addHeader("Content-Type", "application/json")
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
