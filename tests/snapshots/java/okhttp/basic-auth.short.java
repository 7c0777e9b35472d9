RequestBody body = new FormBody.Builder()
        .add("grant_type", "client_credentials")
        .build();

OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
        .url("https://{yourDomain}/oauth/token")
        .header("Authorization", Credentials.basic(
                "{clientId}", "{clientSecret}", StandardCharsets.UTF_8))
        .post(body)
        .build();

try (Response response = client.newCall(request).execute()) {
    System.out.println(response.code());
    System.out.println(response.body().string());
}
