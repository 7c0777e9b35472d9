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
