import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
                .url("https://myapi.com/api")
                .header("authorization", "Bearer {accessToken}")
                .header("content-type", "application/json")
                .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
