package tandem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default: every page and endpoint must say who may use it. A handler method with no {@code @PreAuthorize},
 * {@code @RolesAllowed} or {@code @PermitAll} of its own fails the build.
 */
class AccessRulesTests {

	@Test
	void everyHandlerDeclaresWhoMayUseIt() throws ClassNotFoundException {
		List<String> undeclared = new ArrayList<>();
		for (Class<?> controller : controllers()) {
			for (Method method : controller.getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class) && !declaresAccess(method)) {
					undeclared.add(controller.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(undeclared).as("handlers without an access rule").isEmpty();
	}

	@Test
	void theCheckFindsHandlers() throws ClassNotFoundException {
		assertThat(controllers()).extracting(Class::getSimpleName).contains("HomeController", "SignInController");
	}

	private static boolean declaresAccess(Method method) {
		return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method, RolesAllowed.class)
				|| AnnotatedElementUtils.hasAnnotation(method, PermitAll.class);
	}

	private static List<Class<?>> controllers() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata().hasMetaAnnotation(Controller.class.getName())
				|| reader.getAnnotationMetadata().hasAnnotation(Controller.class.getName()));
		List<Class<?>> found = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("tandem")) {
			found.add(ClassUtils.forName(candidate.getBeanClassName(), AccessRulesTests.class.getClassLoader()));
		}
		return found;
	}

}
