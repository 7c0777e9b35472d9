import java.io.File;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

class Main {
    public static void main(String[] args) throws Exception {
        ContentType utf8Text = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
        // LEGACY mode writes names and filenames as UTF-8, and no Content-Type for a text part, as browsers do.
        HttpEntity entity = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setCharset(StandardCharsets.UTF_8)
                .addTextBody("description", "Q3 report; it's \"final\", 100% & done\nsecond line é", utf8Text)
                .addPart("report",
                        new FileBody(new File("{reportPath}"), ContentType.create("application/pdf"), "report.pdf"))
                .addPart("logo",
                        new FileBody(new File("{logoPath}"), ContentType.APPLICATION_OCTET_STREAM))
                .addTextBody("note", "", utf8Text)
                .build();

        ClassicHttpRequest request = ClassicRequestBuilder.post("https://api.example.com/v1/upload?dryRun")
                .addHeader("accept", "application/json")
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
