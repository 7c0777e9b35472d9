import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
                .url("https://api.example.com/trace")
                .header("accept", "application/json")
                .header("x-trace", "one")
                .addHeader("X-Trace", "two, three")
                .header("Cookie", "session={sessionId}; theme=dark")
                .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
