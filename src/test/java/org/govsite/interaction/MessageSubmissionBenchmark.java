package org.govsite.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.govsite.support.GovSiteTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A load run of concurrent message submissions against the real public HTTP endpoint: {@value #SUBMISSIONS}
 * submissions from {@value #THREADS} threads, each with its own client token and mobile number, each captcha fetched
 * from {@code GET /api/v1/public/captcha} and answered from its Chinese words. Loses none: the rows in the database
 * equal the accepted (201) responses. Prints throughput and latency; asserts nothing about speed.
 * Run with {@code ./mvnw -Pbench test -Dtest=MessageSubmissionBenchmark}.
 */
@Tag("bench")
@GovSiteTest
@TestPropertySource(properties = { "govsite.interaction.submissions-per-ip-per-hour=1000000",
		"govsite.interaction.submissions-per-mobile-per-day=1000", "govsite.scheduler.enabled=false",
		"govsite.test.context=bench-messages" })
class MessageSubmissionBenchmark {

	static final int SUBMISSIONS = 2_000;
	static final int THREADS = 16;
	static final int WARM_UP = 100;
	static final String PORTAL = "9901000001";

	@LocalServerPort int port;
	@Autowired JdbcClient jdbc;

	record Result(int status, long captchaNanos, long submitNanos) {
	}

	@Test
	void concurrentSubmissionsLoseNone() throws Exception {
		var citizen = new PublicClient(port);
		var pool = Executors.newFixedThreadPool(THREADS);
		try {
			run(pool, citizen, "warm", WARM_UP);

			long start = System.nanoTime();
			var results = run(pool, citizen, "run", SUBMISSIONS);
			double seconds = (System.nanoTime() - start) / 1e9;

			long accepted = results.stream().filter(r -> r.status() == 201).count();
			var statuses = new TreeMap<Integer, Long>();
			results.forEach(r -> statuses.merge(r.status(), 1L, Long::sum));
			long rows = jdbc.sql("SELECT count(*) FROM interaction_message WHERE title LIKE '压测留言 run-%'")
				.query(Long.class).single();
			var submit = sorted(results.stream().map(Result::submitNanos).toList());
			var captcha = sorted(results.stream().map(Result::captchaNanos).toList());
			System.out.printf("[bench] message submission: %d submissions on %d threads (after %d warm-up)%n", SUBMISSIONS,
					THREADS, WARM_UP);
			System.out.printf("[bench] statuses %s; accepted %d; rows in the database %d%n", statuses, accepted, rows);
			System.out.printf("[bench] elapsed %.2f s; %.1f submissions/s (each with its captcha fetch)%n", seconds,
					SUBMISSIONS / seconds);
			System.out.printf("[bench] POST /api/v1/public/messages latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
					ms(submit, 0.50), ms(submit, 0.95), ms(submit, 0.99), ms(submit, 1.0));
			System.out.printf("[bench] GET /api/v1/public/captcha latency: p50 %.1f ms, p95 %.1f ms%n", ms(captcha, 0.50),
					ms(captcha, 0.95));
			assertThat(rows).as("rows in the database equal accepted responses").isEqualTo(accepted);
		}
		finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		}
	}

	private static List<Result> run(ExecutorService pool, PublicClient citizen, String label, int count)
			throws Exception {
		var tasks = new ArrayList<Callable<Result>>();
		for (int i = 0; i < count; i++) {
			int n = i;
			tasks.add(() -> {
				long t0 = System.nanoTime();
				Map<String, Object> message = citizen.message(PORTAL, "CONSULTATION", "压测留言 " + label + "-" + n,
						"并发提交压测内容第 " + n + " 条（" + label + "）", "压测",
						String.format("%s%08d", label.equals("run") ? "147" : "148", n));
				long t1 = System.nanoTime();
				int status = citizen.submit(message).status();
				long t2 = System.nanoTime();
				return new Result(status, t1 - t0, t2 - t1);
			});
		}
		var results = new ArrayList<Result>();
		for (Future<Result> future : pool.invokeAll(tasks)) {
			results.add(future.get());
		}
		return results;
	}

	private static List<Long> sorted(List<Long> values) {
		var copy = new ArrayList<>(values);
		Collections.sort(copy);
		return copy;
	}

	private static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}
}
