import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

class Main {
    public static void main(String[] args) throws Exception {
        String payload = " foo/bar \n";
        // Bytes, not a String: OkHttp would append "; charset=utf-8" to the content type.
        RequestBody body = RequestBody.create(
                payload.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"));

        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
                .url("https://api.example.com/raw")
                .post(body)
                .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
