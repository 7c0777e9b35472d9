import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
                .url("https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=")
                .header("Authorization", "Bearer {token}")
                .header("X-Quote", "it's \"quoted\" $HOME")
                .header("X-Empty", "")
                .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
