OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
        .url("https://{apiHost}/v1/me")
        .header("Authorization", "Bearer {token}")
        .build();

try (Response response = client.newCall(request).execute()) {
    System.out.println(response.code());
    System.out.println(response.body().string());
}
