import java.io.File;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

class Main {
    public static void main(String[] args) throws Exception {
        // A file's bytes as a body, read as the request is sent. On OkHttp 4 and later,
        // RequestBody's create(File, MediaType) does the same; this class runs on OkHttp 3 too.
        class FileBody extends RequestBody {
            private final File file;
            private final MediaType type;

            FileBody(File file, MediaType type) {
                this.file = file;
                this.type = type;
            }

            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return file.length();
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (Source source = Okio.source(file)) {
                    sink.writeAll(source);
                }
            }
        }

        RequestBody body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("description", "Q3 report; it's \"final\", 100% & done\nsecond line é")
                .addFormDataPart("report", "report.pdf",
                        new FileBody(new File("{reportPath}"), MediaType.get("application/pdf")))
                .addFormDataPart("logo", "{logoPath}",
                        new FileBody(new File("{logoPath}"), MediaType.get("application/octet-stream")))
                .addFormDataPart("note", "")
                .build();

        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
                .url("https://api.example.com/v1/upload?dryRun")
                .header("accept", "application/json")
                .post(body)
                .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
