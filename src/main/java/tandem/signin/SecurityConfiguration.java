package tandem.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tandem.agency.Actor;

/**
 * Two filter chains: the JSON API (bearer tokens, no session, no cookies) and the pages (sign-in, session, CSRF).
 * Every controller method must also declare who may call it with {@code @PreAuthorize} or {@code @PermitAll};
 * {@code AccessRulesTests} fails the build when one does not.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({ SingleSignOnProperties.class, ExternalIssuerProperties.class })
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiAuthentication bearerTokens, ApiProblems problems) throws Exception {
		http.securityMatcher("/api/**", "/oauth2/token")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/oauth2/token", "/api/v1/openapi", "/api/v1/openapi/**").permitAll()
				.anyRequest().hasAuthority(SignedIn.API_CLIENT))
			.oauth2ResourceServer(resourceServer -> resourceServer
				.authenticationManagerResolver(request -> bearerTokens::authenticate)
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// Token-authenticated and cookie-free, so there is no ambient credential for CSRF to abuse.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LocalAccountAuthentication localAccounts, SignInSuccess success,
			ObjectProvider<ClientRegistrationRepository> singleSignOn, SingleSignOnUsers singleSignOnUsers,
			SignInAudit audit) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/assets/**", "/favicon.ico", "/sign-in", "/error", "/actuator/health",
						"/actuator/health/**", "/actuator/info")
				.permitAll()
				// Someone who still owes a security code may reach only the pages that take it.
				.requestMatchers(PendingSignIn.CODE_PAGE, PendingSignIn.SET_UP_PAGE).hasAuthority(PendingSignIn.AUTHORITY)
				.anyRequest().hasAuthority(SignedIn.SIGNED_IN))
			.authenticationProvider(localAccounts)
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.failureUrl("/sign-in?error")
				.successHandler(success))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new PendingSecondFactorRedirect()))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
						audit.signedOut(actor);
					}
				}))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.invalidSessionUrl("/sign-in?timed-out"))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(policy -> policy.policy("camera=(), microphone=(), geolocation=()")));
		// Single sign-on only when an identity provider is configured, so the zero-setup demo needs none.
		if (singleSignOn.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/sign-in")
				.authorizedClientRepository(new ProviderTokensDiscarded())
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(singleSignOnUsers))
				.successHandler(success)
				.failureUrl("/sign-in?error"));
		}
		return http.build();
	}

	/** Argon2id with Spring Security's current recommended parameters. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

}
