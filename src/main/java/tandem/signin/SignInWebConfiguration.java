package tandem.signin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

@Configuration(proxyBeanMethods = false)
class SignInWebConfiguration {

	/**
	 * {@code Actor} is a {@link java.security.Principal}, and Spring MVC's built-in resolvers would hand a
	 * {@code Principal} parameter the {@code Authentication} itself. Ours goes first, so a controller's
	 * {@code Actor actor} parameter is the actor.
	 */
	@Bean
	static BeanPostProcessor currentActorResolverFirst() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
					resolvers.add(new CurrentActorResolver());
					resolvers.addAll(adapter.getArgumentResolvers());
					adapter.setArgumentResolvers(resolvers);
				}
				return bean;
			}

		};
	}

}
