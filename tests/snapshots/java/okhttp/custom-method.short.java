OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
        .url("http://cache.example.com:8080/page")
        .method("PURGE", null)
        .build();

try (Response response = client.newCall(request).execute()) {
    System.out.println(response.code());
    System.out.println(response.body().string());
}
