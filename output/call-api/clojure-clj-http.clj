(ns example
  (:require [clj-http.client :as client]))

(let [response (client/get "https://myapi.com/api"
                           {:headers {"authorization" "Bearer {accessToken}"
                                      "content-type" "application/json"}
                            :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
