val body = FormBody.Builder()
    .add("grant_type", "client_credentials")
    .build()

val client = OkHttpClient()
val request = Request.Builder()
    .url("https://{yourDomain}/oauth/token")
    .header("Authorization", Credentials.basic("{clientId}", "{clientSecret}", Charsets.UTF_8))
    .post(body)
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
