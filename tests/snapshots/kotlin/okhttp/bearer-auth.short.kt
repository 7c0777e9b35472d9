val client = OkHttpClient()
val request = Request.Builder()
    .url("https://{apiHost}/v1/me")
    .header("Authorization", "Bearer {token}")
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
