import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

class Main {
    public static void main(String[] args) throws Exception {
        RequestBody body = new FormBody.Builder()
                .add("scope", "read")
                .add("scope", "write & delete")
                .add("note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line")
                .build();

        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
                .url("https://api.example.com/form")
                .post(body)
                .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
